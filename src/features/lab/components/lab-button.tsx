import { Button } from '@mantine/core';
import { useState } from 'react';
import type { LabControls } from '../../../o2g/lab-controls';
import { defaultLabControls } from '../api/lab-actions';
import { LabDrawer } from './lab-drawer';

/**
 * The header's "Lab" button and the drawer it opens. The session frame shows it only when the session's
 * O2G is the embedded lab running with its controls on: never against a real O2G.
 */
export function LabButton({ controls = defaultLabControls }: { controls?: LabControls }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        size="xs"
        variant="default"
        onClick={() => setOpened(true)}
        aria-haspopup="dialog"
        aria-expanded={opened}
      >
        Lab
      </Button>
      <LabDrawer opened={opened} onClose={() => setOpened(false)} controls={controls} />
    </>
  );
}
