/**
 * The « Auto-évaluation » view in the real sidebar on a slow connection, on the sandbox's demo: the
 * DAF sees the finished self-assessment's scores, risk and gap plan, and the documents' checklist
 * with the expired and the missing one; then starts a new assessment, answers the financial area,
 * finishes, and sees the new gap plan, critical items first.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar, SLOW_LINE_MS } from '../support/browser';

const chromium = useChromium();
const slowSandbox = useSandbox({ latencyMs: SLOW_LINE_MS });
let opened: OpenSidebar | undefined;
let page: Page;
let sidebar: Frame;

jest.setTimeout(120_000);

afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const FINANCE: Record<string, string> = { 'FIN-1': 'Non', 'FIN-2': 'Oui', 'FIN-3': 'Oui', 'FIN-4': 'Partiellement', 'FIN-5': 'Oui', 'FIN-6': 'Oui' };

describe('the Auto-évaluation view', () => {
  it('shows the demo’s scores, gap plan and documents, then an area answered and finished gives its gap plan', async () => {
    // Confirmations are accepted.
    opened = await openSidebar(chromium(), DEMO_USERS.daf, { height: 2400, sandbox: slowSandbox(), answer: '' });
    ({ page, sidebar } = opened);
    await sidebar.waitForSelector('body:not(.role-pending)', { state: 'attached' });
    await sidebar.click('.more');
    await sidebar.click('#tab-readiness');

    const scores = sidebar.locator('[data-testid=readiness-scores] h3');
    await scores.waitFor();
    // Critical questions answered Non (PRO-4) cap the rating at « significatif ».
    expect(await scores.textContent()).toMatch(/^Résultat — \d+ % · risque significatif$/);
    const plan = sidebar.locator('[data-testid=gap-plan] li');
    expect(await plan.first().locator('strong').textContent()).toBe('Critique · Désigner un point focal PSEA et un canal de signalement confidentiel');
    const docs = sidebar.locator('[data-testid=institutional-documents]');
    expect(await docs.locator('[data-document="Attestation fiscale"]').textContent()).toContain('Expiré · expire le 31 janvier 2026');
    expect(await docs.locator('[data-document="Organigramme"]').textContent()).toContain('Manquant');
    expect(await docs.locator('[data-document="Statuts"] a').getAttribute('href')).toBe('https://drive.google.com/file/d/demo-statuts/view');
    await page.screenshot({ path: join(ARTIFACTS, 'readiness-demo.png'), fullPage: true });

    await sidebar.locator('button[data-endpoint=startAssessment]').click();
    const finance = sidebar.locator('[data-testid=readiness-grid] [data-area=finance]');
    await finance.waitFor();
    expect(await sidebar.locator('[data-testid=readiness-progress]').textContent()).toBe('0 / 30 questions répondues');
    for (const [code, answer] of Object.entries(FINANCE)) await finance.locator(`[data-code="${code}"] input[value="${answer}"]`).check();
    await finance.locator('[data-code="FIN-1"] input[type=text]').fill('Dernier audit : 2023');
    expect(await sidebar.locator('[data-testid=readiness-progress]').textContent()).toBe('6 / 30 questions répondues');
    expect(await finance.locator('legend .area-progress').textContent()).toBe('6 / 6');

    await sidebar.locator('button[data-endpoint=finishAssessment]').click();
    await sidebar.locator('[data-testid=gap-plan] h3', { hasText: 'Plan de renforcement (2)' }).waitFor();
    expect(await sidebar.locator('[data-testid=gap-plan] li strong').allTextContents()).toEqual([
      'Critique · Faire auditer les états financiers par un auditeur indépendant',
      'Normale · Faire et viser chaque mois les rapprochements bancaires',
    ]);
    expect(await scores.textContent()).toBe('Résultat — 75 % · risque significatif');
    await page.screenshot({ path: join(ARTIFACTS, 'readiness-gap-plan.png'), fullPage: true });

    // The same grid for a sub-partner, from its page.
    await sidebar.click('#tab-partners');
    const partner = sidebar.locator('li.partner').first();
    const name = (await partner.locator('.partner-name').textContent())!.trim();
    await partner.click();
    await sidebar.locator('h2.partner-title').waitFor();
    await sidebar.click('[data-action=capacity]');
    await sidebar.getByRole('heading', { name: `Évaluation de capacité — ${name}` }).waitFor();
    await sidebar.locator('button[data-endpoint=startAssessment]').waitFor();
  });
});
