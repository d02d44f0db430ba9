// sitemap.xml: home, topics and current answers (retired ids only forward, so they are left out), each in
// Simplified and in Traditional (/zh-hant/), every entry naming both and x-default as hreflang alternates.
import type { APIRoute } from 'astro';
import { getSiteContent } from '../lib/site-content.ts';
import { absoluteUrl, alternatesOf, answerPath, homePath, topicPath, variantPath } from '../lib/urls.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async () => {
  const { topics, answers } = await getSiteContent();
  const paths = [homePath(), ...topics.map((t) => topicPath(t.id)), ...answers.map((a) => answerPath(a.id))];
  const urls = paths.flatMap((path) => {
    const links = alternatesOf(path)
      .map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`)
      .join('\n');
    return (['hans', 'hant'] as const).map((variant) => `  <url>\n    <loc>${escapeXml(absoluteUrl(variantPath(path, variant)))}</loc>\n${links}\n  </url>`);
  });
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
