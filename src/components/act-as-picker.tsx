import { Alert, Button, Group, Loader, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { describeO2gError } from '../lib/describe-o2g-error';
import { loginsQueries } from '../lib/logins-query';
import { useO2gClient } from '../lib/o2g-client-context';
import { useActAs } from '../lib/use-act-as';

const LABEL = 'Act as';
const DEFAULT_DESCRIPTION =
  'An administrator session must name the user it reads for; the reads below send it as ?loginName=.';

/**
 * The administrator's choice of the user the console acts for, from `GET {base}/logins`. It lives in the
 * URL (`?loginName=`), so the service pages, the telephony panel and the voicemail panel share it.
 * Only rendered for administrator sessions.
 */
export function ActAsPicker({
  baseUrl,
  description = DEFAULT_DESCRIPTION,
}: {
  baseUrl: string;
  description?: string;
}) {
  const { http } = useO2gClient();
  const logins = useQuery(loginsQueries.list(http, baseUrl));
  const [actAs, setActAs] = useActAs();

  if (logins.isPending) {
    return (
      <Select
        label={LABEL}
        description={description}
        placeholder="Loading the logins…"
        data={[]}
        disabled
        rightSection={<Loader size="xs" aria-label="Loading the logins" />}
        maw={360}
      />
    );
  }
  if (logins.isLoadingError) {
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
      description={description}
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
