/** The sidebar's link policy: only https links to Google Drive/Docs/Forms and the organisation's hosts. */
import { normaliseLinkHost, safeLinkUrl } from '../../src/domain/format/links';

describe('safeLinkUrl', () => {
  it.each([
    'https://docs.google.com/document/d/1abc/edit',
    'https://drive.google.com/file/d/1abc/view?usp=drivesdk',
    'https://forms.gle/AbCdEf123',
    'https://docs.google.com/forms/d/e/1FAIpQL/viewform?entry.1=x#top',
    'HTTPS://DOCS.GOOGLE.COM/document/d/1abc/edit',
    'https://docs.google.com:443/document/d/1abc',
    '  https://docs.google.com/document/d/1abc  ',
  ])('renders %s as a link', (url) => expect(safeLinkUrl(url)).toBe(url.trim()));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://docs.google.com/document/d/1abc',
    'https://docs.google.com.evil.io/document',
    'https://evil.io/docs.google.com',
    'https://docs.google.com@evil.io/',
    'https://user:pw@docs.google.com/x',
    'https://docs.google.com:8443/x',
    'https://docs.google.com./x',
    'https://xdocs.google.com/x',
    'https://docs.google.com\\@evil.io',
    'https://docs.goo\tgle.com/x',
    '//docs.google.com/x',
    'docs.google.com/document/d/1',
    'https://',
    '',
  ])('shows %j as text', (url) => expect(safeLinkUrl(url)).toBeNull());

  it('refuses what is not a string', () => {
    for (const v of [null, undefined, 42, { href: 'https://docs.google.com/' }]) expect(safeLinkUrl(v)).toBeNull();
  });

  it("adds the organisation's hosts from Paramètres › Liens autorisés, exactly (no lookalike, no subdomain)", () => {
    const hosts = ['https://www.ajcad-mali.org/', 'intranet.ajcad-mali.org', 'pas un hôte', ''];
    expect(safeLinkUrl('https://www.ajcad-mali.org/rapport.pdf', hosts)).toBe('https://www.ajcad-mali.org/rapport.pdf');
    expect(safeLinkUrl('https://intranet.ajcad-mali.org', hosts)).toBe('https://intranet.ajcad-mali.org');
    expect(safeLinkUrl('https://ajcad-mali.org/', hosts)).toBeNull();
    expect(safeLinkUrl('https://www.ajcad-mali.org.evil.io/', hosts)).toBeNull();
    expect(safeLinkUrl('http://www.ajcad-mali.org/', hosts)).toBeNull();
  });

  it('normalises a host typed with its scheme or a slash; refuses anything else', () => {
    expect(normaliseLinkHost(' HTTPS://Www.Ajcad-Mali.org/ ')).toBe('www.ajcad-mali.org');
    for (const bad of ['http://x.org', 'x.org/path', 'localhost', 'a b.org', '*.x.org', 'x.org:8080']) expect(normaliseLinkHost(bad)).toBeNull();
  });
});
