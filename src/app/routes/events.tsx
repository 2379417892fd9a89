import { EventsView } from '../../features/events/components/events-view';
import { SectionPage } from '../../components/section-page';

export function Component() {
  return (
    <SectionPage
      title="Events"
      intro={
        <>
          Everything the O2G event channel says for this session, live: calls, user and device states,
          counters, forwards, call log and user changes.
        </>
      }
    >
      <EventsView />
    </SectionPage>
  );
}
