import { useLocation } from 'react-router';
import { VoicemailPanel } from '../../features/voicemail/components/voicemail-panel';
import { useO2gSession } from '../../lib/o2g-client-context';
import { paths } from '../paths';
import { SectionPage } from '../../components/section-page';

export function Component() {
  const session = useO2gSession();
  const { search } = useLocation();
  if (!session) return null;
  return (
    <SectionPage
      title="Voicemail"
      intro={
        <>
          The voice mailbox on the O2G: new and heard messages, live from its event summary; play them here or
          call the voicemail from the phone.
        </>
      }
    >
      <VoicemailPanel
        baseUrl={session.baseUrl}
        admin={session.info.admin}
        sessionLogin={session.loginName}
        // The act-as pick (?loginName=) goes along, so the telephony panel shows the same user's calls.
        telephonyHref={`${paths.telephony.href()}${search}`}
      />
    </SectionPage>
  );
}
