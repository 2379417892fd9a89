import { Alert, Button, Code, Group, Loader, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { REQUEST_FORM, REQUEST_SUBMIT } from '../../../components/use-submit-shortcut';
import { schemaOfCheck } from '../../../lib/check-schema';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { isO2gError } from '../../../o2g/errors';
import { JsonTree } from '../../../components/json-tree';
import type { DirectoryLeafCriterion } from '../../../o2g/contract';
import { DIRECTORY_FIELDS, DIRECTORY_OPERATIONS } from '../../../o2g/contract';
import type { DirectorySearchState } from '../api/use-directory-search';
import { useDirectorySearch } from '../api/use-directory-search';
import type { ReadTarget } from '../model/read-url';
import { checkDirectorySearch, directoryTargetOf } from '../model/directory-search';
import { ContactTable } from './contact-table';

const FIELD_LABELS: Record<DirectoryLeafCriterion['field'], string> = {
  lastName: 'Last name',
  firstName: 'First name',
  'id.phoneNumber': 'Phone number',
  'id.loginName': 'Login name',
};

/** Directory's search: a criterion and a limit, then the start-and-poll flow with its progress. */
export function DirectorySearchPanel({ baseUrl, target }: { baseUrl: string; target: ReadTarget }) {
  const search = useDirectorySearch();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      field: 'lastName' as DirectoryLeafCriterion['field'],
      operation: 'BEGIN_WITH' as DirectoryLeafCriterion['operation'],
      operand: '',
      limit: '20',
    },
    // Made each render on purpose: the check reads the current "Act as" pick.
    validate: schemaResolver(
      schemaOfCheck((typed: { operand: string; limit: string }) => ({
        ...checkDirectorySearch(typed, target),
      })),
      { sync: true },
    ),
  });
  const start = form.onSubmit(({ field, operation, operand, limit }) =>
    search.start(directoryTargetOf(baseUrl, target), {
      filter: { field, operation, operand: operand.trim() },
      limit: Number(limit),
    }),
  );

  return (
    <Paper withBorder p="md" component="section" aria-label="Directory search" {...REQUEST_FORM}>
      <Stack gap="sm">
        <Code fz="sm">POST /directory/search, then GET /directory/search until FINISH</Code>
        <Group align="flex-start" gap="sm">
          <Select
            label="Field"
            data={DIRECTORY_FIELDS.map((value) => ({ value, label: FIELD_LABELS[value] }))}
            value={form.values.field}
            onChange={(value) => value && form.setFieldValue('field', value)}
            allowDeselect={false}
            w={170}
          />
          <Select
            label="Operation"
            data={[...DIRECTORY_OPERATIONS]}
            value={form.values.operation}
            onChange={(value) => value && form.setFieldValue('operation', value)}
            allowDeselect={false}
            w={200}
          />
          <TextInput label="Value" required placeholder="Mar" {...form.getInputProps('operand')} w={200} />
          <TextInput label="Limit" description="1 to 100" {...form.getInputProps('limit')} w={100} />
        </Group>
        <Group gap="sm">
          <Button onClick={() => start()} loading={search.running} {...REQUEST_SUBMIT}>
            Search the directory
          </Button>
          {search.running && (
            <Button variant="default" onClick={search.cancel}>
              Cancel the search
            </Button>
          )}
        </Group>
        {form.errors.actAs && (
          <Alert color="orange" role="alert">
            {form.errors.actAs}
          </Alert>
        )}
        <SearchState search={search} />
      </Stack>
    </Paper>
  );
}

function SearchState({ search }: { search: DirectorySearchState }) {
  const { progress } = search;
  if (search.cancelled) return <Text role="status">Search cancelled after {progress.polls} polls.</Text>;
  if (search.error) {
    const words = describeO2gError(search.error);
    const body = isO2gError(search.error) ? search.error.body : undefined;
    return (
      <Alert color="red" role="alert" title={words.title}>
        <Stack gap="xs">
          <Text size="sm">{words.message}</Text>
          {body && <JsonTree value={body} label="Error body" />}
        </Stack>
      </Alert>
    );
  }
  if (!search.started) return null;
  const { finished } = search;
  return (
    <Stack gap="xs">
      <Group gap="xs" role="status" aria-live="polite">
        {!finished && <Loader size="xs" />}
        <Text size="sm">
          {finished
            ? `Search ${progress.resultCode === 'TIMEOUT' ? 'timed out' : 'finished'}: ${progress.contacts.length} contacts after ${progress.polls} polls.`
            : `Searching… poll ${progress.polls}${progress.resultCode ? ` answered ${progress.resultCode}` : ''}, ${progress.contacts.length} contacts so far.`}
        </Text>
      </Group>
      {progress.contacts.length > 0 && <ContactTable contacts={progress.contacts} />}
      {finished && progress.contacts.length === 0 && <Text c="dimmed">No contact matches.</Text>}
    </Stack>
  );
}
