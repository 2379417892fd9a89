import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { createLabControls, type LabControls } from '../../../o2g/lab-controls';

/** One set of lab controls for the console; they hold no state. */
export const defaultLabControls: LabControls = createLabControls();

export const labKeys = {
  all: ['lab'] as const,
  state: () => [...labKeys.all, 'state'] as const,
};

/** The lab's phones and timing, read when the drawer opens and after each action, never polled. */
export function labStateQuery(controls: LabControls) {
  return queryOptions({
    queryKey: labKeys.state(),
    queryFn: ({ signal }) => controls.state(signal),
    retry: 0,
  });
}

/** One thing done to the lab: the words shown while it runs, and the work, which returns the result in words. */
export interface LabAction {
  /** e.g. "Answering as 2002…". */
  pending: string;
  run: () => Promise<string>;
}

/**
 * Runs lab actions one at a time. What the action changes in telephony reaches the console through the
 * O2G's own event channel, as it would from a real phone; only the drawer's own view of the lab (phone
 * behaviour, timing) is read again.
 */
export function useLabAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: LabAction) => action.run(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: labKeys.state() }),
  });
}
