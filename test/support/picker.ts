/** The partner picker of the sidebar's forms, as a user works it: type part of the name, click the partner found. */
import type { Frame } from 'playwright-core';

export async function choosePartner(sidebar: Frame, form: string, typed: string, name: string): Promise<void> {
  await sidebar.fill(`${form} .partner-picker input`, typed);
  await sidebar.locator(`${form} .partner-picker [role=option]`, { hasText: name }).first().click();
}

/**
 * The new-convention form filled for ONU Femmes Mali as an officer would: a partnership agreement
 * from 1 May 2026 to 30 April 2027 with `amount` typed as is (and the « Femmes leaders » opportunity
 * when asked). The form is open and not sent.
 */
export async function fillConventionForm(sidebar: Frame, d: { amount: string; purpose: string; withOpportunity?: boolean }): Promise<void> {
  await sidebar.click('[data-action=new-convention]');
  await choosePartner(sidebar, '.convention-form', 'ONU Femmes', 'ONU Femmes Mali');
  if (d.withOpportunity) {
    await sidebar.waitForSelector('select[name=opportunityId] option >> text=/Femmes leaders/', { state: 'attached' });
    const opportunity = await sidebar.locator('select[name=opportunityId] option', { hasText: 'Femmes leaders' }).getAttribute('value');
    await sidebar.selectOption('select[name=opportunityId]', opportunity!);
  }
  await sidebar.selectOption('select[name=type]', 'Convention de partenariat');
  await sidebar.fill('input[name=startDate]', '2026-05-01');
  await sidebar.fill('input[name=endDate]', '2027-04-30');
  await sidebar.fill('input[name=amount]', d.amount);
  await sidebar.fill('textarea[name=purpose]', d.purpose);
}
