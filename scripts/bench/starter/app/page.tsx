import Link from 'next/link';
import { auth } from '../auth';
import { logIn } from './actions';

/** Dynamic, as the project's home is for a request that carries a session: it reads the session. */
export default async function Home() {
  const session = await auth();
  return (
    <>
      <h1>Welcome</h1>
      <p>A plain Next.js and Auth.js credentials starter.</p>
      {session ? (
        <p>
          You are signed in. <Link href="/me">Your account</Link>
        </p>
      ) : (
        <form action={logIn}>
          <label>
            Log-in ID <input name="loginId" required />
          </label>
          <label>
            Password <input name="password" type="password" required />
          </label>
          <button type="submit">Log in</button>
        </form>
      )}
    </>
  );
}
