/** @jest-environment node */
import { draftValues } from '@/lib/forms/draft';

// Issue 9 item 17: what a portal form keeps across the log-in prompt is only what it names, and never a secret.
test('only the named fields are kept, as strings cut to a field’s length', () => {
  const form = new FormData();
  form.set('address1', 'No. 7, Jalan Draf');
  form.set('phone', 'x'.repeat(900));
  form.set('other', 'not named');
  form.set('upload', new Blob(['file']));
  const values = draftValues(form, ['address1', 'phone', 'upload', 'missing']);
  expect(values).toEqual({ address1: 'No. 7, Jalan Draf', phone: 'x'.repeat(500) });
});

test('a password or security answer is never kept, even when a form names it', () => {
  const form = new FormData();
  for (const name of ['currentPassword', 'password', 'katalaluan', 'answer', 'jawapan', 'token', 'captcha', '$ACTION_ID_x', 'email'])
    form.set(name, 'rahsia');
  expect(
    draftValues(form, ['currentPassword', 'password', 'katalaluan', 'answer', 'jawapan', 'token', 'captcha', '$ACTION_ID_x', 'email']),
  ).toEqual({
    email: 'rahsia',
  });
});
