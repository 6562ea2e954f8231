'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn } from '../auth';

export async function logIn(formData: FormData) {
  try {
    await signIn('credentials', { loginId: formData.get('loginId'), password: formData.get('password'), redirectTo: '/me' });
  } catch (error) {
    if (error instanceof AuthError) redirect('/?error=1');
    throw error;
  }
}
