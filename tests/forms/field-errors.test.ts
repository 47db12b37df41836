import { CloudError } from '../../src/lib/cloud/cloud-error';
import { errorBeside, errorOn } from '../../src/lib/cloud/field-errors';

/**
 * Where a form shows the cloud's refusal (issue 17: one way, where 25 forms each had their own): under the
 * field it is about, a part of it included (a list's item), or beside the submit button when it is about
 * none of the form's fields.
 */
const refusal = (field?: string) => new CloudError('INVALID_INPUT', '内容有误', field);

it('an error on a field, or on a part of it, shows under that field only', () => {
  expect(errorOn(refusal('amount'), 'amount')).toBe('内容有误');
  expect(errorOn(refusal('attendance.2.status'), 'attendance')).toBe('内容有误');
  expect(errorOn(refusal('amountNote'), 'amount')).toBeUndefined();
  expect(errorOn(refusal('occasions.12'), 'occasions.1')).toBeUndefined();
  expect(errorOn(refusal(), 'amount')).toBeUndefined();
  expect(errorOn(undefined, 'amount')).toBeUndefined();
});

it('an error about none of the form fields shows beside the button', () => {
  expect(errorBeside(refusal(), ['amount'])).toBe('内容有误');
  expect(errorBeside(refusal('veteranId'), ['amount', 'note'])).toBe('内容有误');
  expect(errorBeside(refusal('photoFileIds.0'), ['photoFileIds'])).toBeUndefined();
  expect(errorBeside(refusal('note'), ['amount', 'note'])).toBeUndefined();
  expect(errorBeside(null, ['amount'])).toBeUndefined();
});
