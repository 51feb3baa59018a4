/** The emulator's call-log prefixes of the Google Docs classes, to count Docs service calls in tests. */
export const DOCS_CALL_PREFIXES: readonly string[] = [
  'DocumentApp.',
  'Document.',
  'Body.',
  'HeaderSection.',
  'FooterSection.',
  'Paragraph.',
  'ListItem.',
  'Table.',
  'TableRow.',
  'TableCell.',
  'Text.',
  'RangeElement.',
];
