/**
 * « Annuler ma dernière modification » in the real sidebar: asked for, then the change is put back
 * and the view shown again; a second undo is refused in French beside the button.
 */
import { join } from 'node:path';
import { USERS } from '../support/workbooks';
import { ARTIFACTS, openSidebar, useChromium } from '../support/browser';

const chromium = useChromium();
jest.setTimeout(60_000);

it('undoes the officer’s last save after asking, then says there is nothing more to undo', async () => {
  const opened = await openSidebar(chromium(), USERS.officer, { answer: '' });
  const { sandbox, page, sidebar } = opened;
  try {
    const questions: string[] = [];
    page.on('dialog', (d) => questions.push(d.message()));
    const wb = sandbox.workbook;
    const id = wb.call('searchPartners', [{ limit: 1 }], { user: USERS.officer }).items[0].id;
    const region = () => wb.call('getPartner', [id], { user: USERS.officer }).partner.region;
    const before = region();
    wb.call('savePartner', [{ id, region: 'Tombouctou' }, []], { user: USERS.officer });
    expect(region()).toBe('Tombouctou');

    const undo = sidebar.getByRole('button', { name: 'Annuler ma dernière modification' });
    await undo.click();
    await sidebar.getByText('Votre dernière modification est annulée.').waitFor();
    expect(questions).toEqual(['Annuler votre dernière modification ? Les champs reprennent leur valeur d’avant.']);
    expect(region()).toBe(before);
    await page.screenshot({ path: join(ARTIFACTS, 'undo-last-change.png') });

    await undo.click();
    await sidebar.getByText('Votre dernière modification est déjà annulée.').waitFor();
  } finally {
    await opened.close();
  }
});
