export default function HomePage() {
  return <main>ECOS</main>;
}
