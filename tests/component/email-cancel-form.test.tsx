import { act, fireEvent, render, screen } from '@testing-library/react';
import { EmailCancelForm } from '@/components/profile/email-cancel-form';
import type { CancelEmailChangeState } from '@/lib/actions/profile/cancel-email-change';
import common from '@/messages/ms/common.json';
import profile from '@/messages/ms/profile.json';

function renderForm(answer: CancelEmailChangeState, mode: 'cancel' | 'undo' = 'cancel') {
  const action = jest.fn(async (_state: CancelEmailChangeState, _form: FormData) => answer);
  render(
    <EmailCancelForm
      action={action}
      token="TOKEN-123"
      mode={mode}
      explanation={['Apa yang berlaku.', 'Akibatnya.']}
      prefixes={common.callout}
      messages={profile.emailCancel}
    />,
  );
  return { action };
}

async function press(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

test('says what the button will do and posts the token', async () => {
  const { action } = renderForm({ status: 'cancelled', attempt: 1, values: {}, errors: {} });
  expect(screen.getByText('Apa yang berlaku.')).toBeInTheDocument();
  await press('Batalkan Permintaan');
  expect(action).toHaveBeenCalledTimes(1);
  expect(action.mock.calls[0][1].get('token')).toBe('TOKEN-123');
  expect(screen.getByText(profile.emailCancel.cancelled)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Lupa Katalaluan' })).toHaveAttribute('href', '/lupa-katalaluan');
});

test('an undo names the address put back', async () => {
  renderForm({ status: 'restored', attempt: 1, values: {}, errors: {}, email: 'a***@testemail.com' }, 'undo');
  await press('Pulihkan Emel Lama');
  expect(screen.getByText('Emel akaun anda telah dipulihkan kepada a***@testemail.com.')).toBeInTheDocument();
});

test('a refusal shows its reason above the button, which stays', async () => {
  renderForm({ status: 'error', attempt: 1, values: {}, errors: {}, problem: { key: 'profile.emailCancel.used' } });
  await press('Batalkan Permintaan');
  expect(screen.getByText('Pautan ini telah digunakan.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Ke Laman Utama' })).toHaveAttribute('href', '/');
  expect(screen.getByRole('button', { name: 'Batalkan Permintaan' })).toBeInTheDocument();
});
