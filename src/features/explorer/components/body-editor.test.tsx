import { screen, within } from '@testing-library/react';
import { useForm } from '@mantine/form';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CATALOGUE } from '../../../o2g/catalogue';
import { directorySearchRequestSchema } from '../../../o2g/contract/directory';
import { phoneSetPinSchema } from '../../../o2g/contract/phone-set';
import { setForwardRequestSchema, setOverflowRequestSchema } from '../../../o2g/contract/routing';
import { subscriptionRequestSchema } from '../../../o2g/contract/subscriptions';
import { makeCallRequestSchema, redirectRequestSchema } from '../../../o2g/contract/telephony-requests';
import { render } from '../../../testing/render';
import type { BodyValues } from '../model/body-form';
import { formPath } from '../model/body-form';
import { describeSchema } from '../model/form-model';
import { checkBody, cleanValue } from '../model/form-values';
import { BodyEditor } from './body-editor';

/** The body editor as an operation uses it, with a button that checks the body the way Send does. */
function Harness({ schema, example }: { schema: z.ZodType; example: unknown }) {
  const spec = describeSchema(schema);
  const form = useForm<BodyValues>({ mode: 'controlled', initialValues: { body: example } });
  const check = () => {
    const problems = checkBody(schema, cleanValue(form.getValues().body, spec));
    form.setErrors(
      Object.fromEntries(problems.map((p) => [formPath(p.path ? p.path.split('.') : []), p.message])),
    );
  };
  return (
    <>
      <BodyEditor spec={spec} form={form} carried={[{ kind: 'deviceId', value: '2003' }]} />
      <button type="button" onClick={check}>
        Check
      </button>
    </>
  );
}

const json = () => JSON.parse(screen.getByLabelText<HTMLTextAreaElement>('Body as JSON').value) as unknown;

describe('the body form drawn from a zod schema', () => {
  it('shows strings as text, a true/"true" flag as a switch, and keeps the JSON in step', async () => {
    const { user } = render(
      <Harness schema={makeCallRequestSchema} example={{ deviceId: '2001', callee: '2002' }} />,
    );
    expect(screen.getByRole('textbox', { name: 'deviceId' })).toHaveValue('2001');
    expect(screen.getByRole('textbox', { name: 'callee' })).toHaveValue('2002');
    await user.click(screen.getByRole('switch', { name: /^autoAnswer/ }));
    await user.clear(screen.getByRole('textbox', { name: 'callingNumber' }));
    expect(json()).toEqual({ deviceId: '2001', callee: '2002', autoAnswer: true });
  });

  it('fills a field from a value an earlier answer carried', async () => {
    const { user } = render(
      <Harness schema={makeCallRequestSchema} example={{ deviceId: '2001', callee: '2002' }} />,
    );
    await user.click(screen.getByRole('button', { name: 'Use deviceId 2003 for deviceId' }));
    expect(screen.getByRole('textbox', { name: 'deviceId' })).toHaveValue('2003');
  });

  it('explains a wrong value at its field', async () => {
    const { user } = render(
      <Harness schema={makeCallRequestSchema} example={{ deviceId: '2001', callee: '2002' }} />,
    );
    await user.clear(screen.getByRole('textbox', { name: 'callee' }));
    await user.click(screen.getByRole('textbox', { name: 'callee' }));
    await user.paste('not a number');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('textbox', { name: 'callee' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('must be a phone number')).toBeInTheDocument();
  });

  it('draws nested objects as fieldsets and lists with add and remove', async () => {
    const example = {
      forwardRoute: { forwardType: 'BUSY', destinations: [{ type: 'NUMBER', number: '2003' }] },
    };
    const { user } = render(<Harness schema={setForwardRequestSchema} example={example} />);
    const route = screen.getByRole('group', { name: 'forwardRoute' });
    const first = within(route).getByRole('group', { name: 'destinations 1' });
    expect(within(first).getByRole('textbox', { name: 'number' })).toHaveValue('2003');
    // An optional field is marked so.
    expect(within(first).getAllByText(/optional/).length).toBeGreaterThan(0);
    await user.click(within(route).getByRole('button', { name: 'Add to destinations' }));
    await user.click(
      within(screen.getByRole('group', { name: 'destinations 2' })).getByRole('combobox', { name: 'type' }),
    );
    await user.click(screen.getByRole('option', { name: 'VOICEMAIL' }));
    expect(json()).toEqual({
      forwardRoute: {
        forwardType: 'BUSY',
        destinations: [{ type: 'NUMBER', number: '2003' }, { type: 'VOICEMAIL' }],
      },
    });
    await user.click(within(route).getByRole('button', { name: 'Remove destinations 1' }));
    expect(json()).toEqual({ forwardRoute: { forwardType: 'BUSY', destinations: [{ type: 'VOICEMAIL' }] } });
  });

  it('shows numbers as number inputs and lists of strings', async () => {
    const example = { filter: { selectors: [{ names: ['telephony'] }] }, version: '1.0' };
    const { user } = render(<Harness schema={subscriptionRequestSchema} example={example} />);
    await user.type(screen.getByRole('textbox', { name: 'timeout' }), '7');
    const selector = screen.getByRole('group', { name: 'selectors 1' });
    await user.click(within(selector).getByRole('button', { name: 'Add to names' }));
    await user.click(within(selector).getByRole('combobox', { name: 'names 2' }));
    await user.click(screen.getByRole('option', { name: 'routingManagement' }));
    expect(json()).toEqual({
      filter: { selectors: [{ names: ['telephony', 'routingManagement'] }] },
      version: '1.0',
      timeout: 7,
    });
  });

  it('draws a defaulted boolean as a switch and an integer as a number field', () => {
    const example = {
      Pin_Number: '1234',
      With_Secret_Code: true,
      Pin_Type_Of_Control: 'PIN_Category',
      Pin_Group: 1,
    };
    render(<Harness schema={phoneSetPinSchema} example={example} />);
    expect(screen.getByRole('switch', { name: /^With_Secret_Code/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Pin_Group' })).toHaveValue('1');
  });

  it('draws an enum as a picker, inside a recursive union (a directory criterion)', () => {
    const example = { filter: { field: 'lastName', operation: 'BEGIN_WITH', operand: 'M' }, limit: 20 };
    render(<Harness schema={directorySearchRequestSchema} example={example} />);
    expect(screen.getByRole('radiogroup', { name: 'Shape of filter' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^field/ })).toHaveValue('lastName');
    expect(screen.getByRole('combobox', { name: /^operation/ })).toHaveValue('BEGIN_WITH');
  });

  it('offers the values the contract lists for a text field as a picker (a forward’s kind, a destination)', async () => {
    const example = {
      forwardRoute: { forwardType: 'BUSY', destinations: [{ type: 'NUMBER', number: '2003' }] },
    };
    const { user } = render(<Harness schema={setForwardRequestSchema} example={example} />);
    const forwardType = screen.getByRole('combobox', { name: /^forwardType/ });
    expect(forwardType).toHaveValue('BUSY');
    await user.click(forwardType);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'BUSY',
      'NO_ANSWER',
      'BUSY_NO_ANSWER',
    ]);
    await user.click(screen.getByRole('option', { name: 'NO_ANSWER' }));
    expect(json()).toEqual({
      forwardRoute: { forwardType: 'NO_ANSWER', destinations: [{ type: 'NUMBER', number: '2003' }] },
    });
    // No forwardType is an immediate forward: the optional picker clears, and the key leaves the body.
    await user.click(screen.getByRole('button', { name: 'Clear forwardType' }));
    expect(json()).toEqual({ forwardRoute: { destinations: [{ type: 'NUMBER', number: '2003' }] } });
    // A required one (the destination's type) cannot be cleared, and has no free text box.
    const destination = screen.getByRole('group', { name: 'destinations 1' });
    expect(within(destination).getByRole('combobox', { name: 'type' })).toHaveValue('NUMBER');
    expect(within(destination).queryByRole('button', { name: 'Clear type' })).not.toBeInTheDocument();
    expect(within(destination).queryByRole('textbox', { name: 'type' })).not.toBeInTheDocument();
  });

  it('draws the PIN’s kind of control and an overflow’s kind as pickers of the listed values', async () => {
    const pin = {
      Pin_Number: '1234',
      With_Secret_Code: true,
      Pin_Type_Of_Control: 'PIN_Category',
      Pin_Group: 1,
    };
    const { user, unmount } = render(<Harness schema={phoneSetPinSchema} example={pin} />);
    await user.click(screen.getByRole('combobox', { name: 'Pin_Type_Of_Control' }));
    await user.click(screen.getByRole('option', { name: 'PIN_By_Group' }));
    expect(json()).toEqual({ ...pin, Pin_Type_Of_Control: 'PIN_By_Group' });
    unmount();
    const overflow = { overflowRoutes: [{ overflowType: 'BUSY', destinations: [{ type: 'VOICEMAIL' }] }] };
    render(<Harness schema={setOverflowRequestSchema} example={overflow} />);
    expect(screen.getByRole('combobox', { name: /^overflowType/ })).toHaveValue('BUSY');
  });

  it('offers the fixed word of a word-or-number union as a suggestion', () => {
    render(<Harness schema={redirectRequestSchema} example={{ redirectTo: 'VOICEMAIL' }} />);
    expect(screen.getByRole('combobox', { name: 'redirectTo' })).toHaveValue('VOICEMAIL');
  });

  it('lets a union of shapes switch between them (a list or one object)', async () => {
    const example = { overflowRoutes: [{ overflowType: 'BUSY', destinations: [{ type: 'VOICEMAIL' }] }] };
    const { user } = render(<Harness schema={setOverflowRequestSchema} example={example} />);
    expect(screen.getByRole('group', { name: 'overflowRoutes 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /2: / }));
    // The object shape's destinations default to none, so the new shape starts empty.
    expect(json()).toEqual({ overflowRoutes: {} });
    expect(screen.getByRole('group', { name: 'overflowRoutes' })).toBeInTheDocument();
  });

  it('changes the form when the JSON is edited, and keeps bad JSON out of it', async () => {
    const { user } = render(
      <Harness schema={makeCallRequestSchema} example={{ deviceId: '2001', callee: '2002' }} />,
    );
    await user.click(screen.getByRole('tab', { name: 'JSON' }));
    const box = screen.getByLabelText('Body as JSON');
    await user.clear(box);
    await user.click(box);
    await user.paste('{"deviceId":"2004","callee":"2005"}');
    await user.click(screen.getByRole('tab', { name: 'Form' }));
    expect(screen.getByRole('textbox', { name: 'deviceId' })).toHaveValue('2004');
    await user.click(screen.getByRole('tab', { name: 'JSON' }));
    await user.type(screen.getByLabelText('Body as JSON'), '{{');
    expect(screen.getByText(/not valid JSON yet/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'deviceId', hidden: true })).toHaveValue('2004');
  });

  it('can draw every request body of the catalogue', () => {
    for (const operation of CATALOGUE.flatMap((service) => service.operations)) {
      if (operation.body) expect(describeSchema(operation.body).kind, operation.id).toBe('object');
    }
  });
});
