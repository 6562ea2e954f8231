/** Static: rendered once at build. */
export default function About() {
  return (
    <>
      <h1>About</h1>
      <p>This starter signs people in with a log-in ID and a password, and shows them their account.</p>
    </>
  );
}
