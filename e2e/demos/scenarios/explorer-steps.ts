import type { ExplorerPage } from '../../pages/explorer-page';
import type { Director } from '../stage/director';

/** Opens an operation from the explorer's side list as a person would: the service first, then the link. */
export async function openOperation(d: Director, explorer: ExplorerPage, serviceName: string, summary: string) {
  const link = explorer.operationLink(summary);
  if (!(await link.isVisible())) {
    await d.click(explorer.operations.getByRole('button', { name: new RegExp(`^${serviceName}\\b`) }));
  }
  await d.click(link);
  await explorer.page.getByRole('heading', { name: summary, level: 2 }).waitFor();
}
