import { Button, EmptyState } from '@mantine/core';

type InspectorEmptyProps = { kind: 'empty' } | { kind: 'filtered'; onClearFilters: () => void };

/** What the inspector says when there is nothing to show: no request yet, or none that the filters let through. */
export function InspectorEmpty(props: InspectorEmptyProps) {
  if (props.kind === 'empty') {
    return (
      <EmptyState
        title="No request yet"
        description="Everything the console sends to the O2G appears here as it happens: open a service and send a request."
      />
    );
  }
  return (
    <EmptyState title="No request matches the filters" size="sm">
      <EmptyState.Actions>
        <Button size="xs" variant="default" onClick={props.onClearFilters}>
          Clear filters
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
