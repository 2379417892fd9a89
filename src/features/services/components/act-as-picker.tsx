import { Alert, Button, Group, Loader, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { useO2gClient } from '../../../lib/o2g-client-context';
import { loginsQueries } from '../api/logins-queries';
import { useActAs } from '../hooks/use-act-as';

const LABEL = 'Act as';
const DESCRIPTION =
  'An administrator session must name the user it reads for; the reads below send it as ?loginName=.';

/**
 * The administrator's choice of the user the reads act for, from `GET {base}/logins`. It lives in the
 * URL, so every service page shares it. Only rendered for administrator sessions.
 */
export function ActAsPicker({ baseUrl }: { baseUrl: string }) {
  const { http } = useO2gClient();
  const logins = useQuery(loginsQueries.list(http, baseUrl));
  const [actAs, setActAs] = useActAs();

  if (logins.isPending) {
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
  const loginNames = logins.data.loginNames;
  if (loginNames.length === 0) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {LABEL}: the O2G lists no logins, so there is no user to act as.
      </Text>
    );
  }
  const unknown = actAs !== undefined && !loginNames.includes(actAs);
  return (
    <Select
      label={LABEL}
      description={DESCRIPTION}
      placeholder="Pick a login"
      data={unknown ? [actAs, ...loginNames] : loginNames}
      value={actAs ?? null}
      onChange={setActAs}
      searchable
      clearable
      nothingFoundMessage="No such login"
      error={unknown ? `${actAs} is not one of the O2G's logins.` : undefined}
      maw={360}
    />
  );
}
