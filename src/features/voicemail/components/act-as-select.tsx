import { Alert, Button, Group, Loader, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { voicemailQueries } from '../api/voicemail-queries';

const LABEL = 'Act as';
const DESCRIPTION = 'An administrator reads the voicemail of the user it picks (?loginName=).';

/** The administrator's pick of the user whose voicemail the panel shows, from `GET {base}/logins`. */
export function ActAsSelect({
  baseUrl,
  value,
  onChange,
}: {
  baseUrl: string;
  value: string | undefined;
  onChange: (loginName: string | null) => void;
}) {
  const { http } = useO2gClient();
  const logins = useQuery(voicemailQueries.logins(http, baseUrl));
  if (logins.isError) {
    const words = describeO2gError(logins.error);
    return (
      <Alert color="red" role="alert" title={`${LABEL}: could not list the logins`} maw={560}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            {words.title}: {words.message}
          </Text>
          <Button size="xs" variant="light" onClick={() => void logins.refetch()}>
            Try again
          </Button>
        </Group>
      </Alert>
    );
  }
  if (logins.isPending) {
    // A separate, disabled field: the real one mounts with its data, so no open dropdown is rebuilt under a click.
    return (
      <Select
        label={LABEL}
        description={DESCRIPTION}
        placeholder="Loading the logins…"
        data={[]}
        disabled
        rightSection={<Loader size="xs" aria-label="Loading the logins" />}
        maw={360}
      />
    );
  }
  const loginNames = logins.data;
  return (
    <Select
      label={LABEL}
      description={DESCRIPTION}
      placeholder="Pick a login"
      data={value && !loginNames.includes(value) ? [value, ...loginNames] : loginNames}
      value={value ?? null}
      onChange={onChange}
      searchable
      nothingFoundMessage="No such login"
      maw={360}
    />
  );
}
