import { eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { auth } from '../../auth';
import { db, users } from '../../db';

/** The signed-in page: the session, then the account's row. */
export default async function Me() {
  const session = await auth();
  if (!session?.user?.id) redirect('/');
  const [user] = await db.select({ name: users.name, loginId: users.loginId }).from(users).where(eq(users.id, session.user.id));
  if (!user) redirect('/');
  return (
    <>
      <h1>Your account</h1>
      <p>
        {user.name} ({user.loginId})
      </p>
    </>
  );
}
