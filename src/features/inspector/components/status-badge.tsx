import { Badge } from '@mantine/core';
import { outcomeWords, wasCancelled } from '../model/outcome';

function statusColor(status: number): string {
  if (status === 0) return 'gray';
  if (status < 300) return 'green';
  if (status < 400) return 'blue';
  if (status < 500) return 'orange';
  return 'red';
}

/** An exchange's outcome as a coloured badge, in words ("Not found (404)"); `failure` says why on hover. */
export function StatusBadge({ status, failure }: { status: number; failure?: string }) {
  return (
    <Badge
      color={wasCancelled({ status, failure }) ? 'gray' : statusColor(status)}
      variant="light"
      tt="none"
      title={failure}
      style={{ flexShrink: 0, minWidth: 'max-content' }}
    >
      {outcomeWords({ status, failure })}
    </Badge>
  );
}
