import { TelephonyPanel } from '../../features/telephony/components/telephony-panel';
import { useO2gSession } from '../../lib/o2g-client-context';
import { SectionPage } from '../../components/section-page';

export function Component() {
  const session = useO2gSession();
  if (!session) return null;
  return (
    <SectionPage
      title="Telephony"
      intro={
        <>Dial the lab&rsquo;s extensions and watch the calls happen, live from the O2G&rsquo;s events.</>
      }
    >
      <TelephonyPanel baseUrl={session.baseUrl} admin={session.info.admin} sessionLogin={session.loginName} />
    </SectionPage>
  );
}
