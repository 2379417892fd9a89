import { Center, Loader } from '@mantine/core';

/** Shown while a screen's code or first data loads. */
export function PageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Center mih={200}>
      <Loader aria-label={label} />
    </Center>
  );
}
