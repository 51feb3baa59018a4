/** The partner picker of the sidebar's forms, as a user works it: type part of the name, click the partner found. */
import type { Frame } from 'playwright-core';

export async function choosePartner(sidebar: Frame, form: string, typed: string, name: string): Promise<void> {
  await sidebar.fill(`${form} .partner-picker input`, typed);
  await sidebar.locator(`${form} .partner-picker [role=option]`, { hasText: name }).first().click();
}
