// What the generated MDX renders with, on every page that shows article text. Heading levels are shifted per page
// (src/lib/heading-plan.ts).
import AnswerHeading from '../answer/AnswerHeading.astro';
import EditorNote from './EditorNote.astro';
import Gap from './Gap.astro';
import Restored from './Restored.astro';
import Section from './Section.astro';

export const articleComponents = {
  Section,
  Restored,
  Gap,
  EditorNote,
  h2: AnswerHeading,
  h3: AnswerHeading,
  h4: AnswerHeading,
  h5: AnswerHeading,
  h6: AnswerHeading,
};
