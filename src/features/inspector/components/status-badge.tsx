import { Badge } from '@mantine/core';

function statusColor(status: number): string {
  if (status === 0) return 'gray';
  if (status < 300) return 'green';
  if (status < 400) return 'blue';
  if (status < 500) return 'orange';
  return 'red';
}

/** An HTTP status as a coloured badge; 0 means no answer came back, and `failure` says why. */
export function StatusBadge({ status, failure }: { status: number; failure?: string }) {
  return (
    <Badge
      color={statusColor(status)}
      variant="light"
      title={failure}
      style={{ flexShrink: 0, minWidth: 'max-content' }}
    >
      {status || 'no answer'}
    </Badge>
  );
}
