// sitemap.xml: home, topics and current answers (retired ids only forward, so they are left out).
import type { APIRoute } from 'astro';
import { getSiteContent } from '../lib/site-content.ts';
import { absoluteUrl, answerPath, homePath, topicPath } from '../lib/urls.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async () => {
  const { topics, answers } = await getSiteContent();
  const paths = [homePath(), ...topics.map((t) => topicPath(t.id)), ...answers.map((a) => answerPath(a.id))];
  const urls = paths.map((p) => `  <url><loc>${escapeXml(absoluteUrl(p))}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
