import { useLocation } from 'react-router';
import { ActAsPicker } from '../../components/act-as-picker';
import { ServiceList } from '../../features/services/components/service-list';
import { useO2gSession } from '../../lib/o2g-client-context';
import { paths } from '../paths';
import { SectionPage } from '../../components/section-page';

export function Component() {
  const session = useO2gSession();
  const { search } = useLocation();
  if (!session) return null;
  return (
    <SectionPage
      title="Services"
      intro={
        <>
          {session.info.services.length} services in this session, under <code>{session.baseUrl}</code>
        </>
      }
    >
      {session.info.admin && <ActAsPicker baseUrl={session.baseUrl} />}
      {/* Links keep the search part, so the "Act as" pick follows to every service page. */}
      <ServiceList
        services={session.info.services}
        linkTo={(serviceName) => `${paths.service.href(serviceName)}${search}`}
      />
    </SectionPage>
  );
}
