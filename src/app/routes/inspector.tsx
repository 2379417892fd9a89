import { InspectorView } from '../../features/inspector/components/inspector-view';
import { useExplorerEditLink } from '../explorer-edit-link';
import { SectionPage } from '../../components/section-page';

export function Component() {
  const origin = window.location.origin;
  const editLink = useExplorerEditLink(origin);
  return (
    <SectionPage
      title="Inspector"
      intro={<>Every O2G request of this console, live, with the password and the credential redacted.</>}
    >
      <InspectorView origin={origin} editLink={editLink} />
    </SectionPage>
  );
}
