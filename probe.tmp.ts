import { readFileSync } from 'node:fs';
import { parseLessonPlan } from './shared/lesson';
for (const name of process.argv.slice(2)) {
  const text = readFileSync(name, 'utf8');
  const plan = parseLessonPlan({ text, format: name.endsWith('.md') ? 'markdown' : 'text' });
  console.log('==', name.split('/').pop(), plan.kind, plan.title, '|', plan.subject, plan.yearGroup, plan.lessonMinutes, 'record', plan.record, 'cut', plan.cutOff?.line);
  console.log('  sections', plan.sections.map((s) => `${s.kind}:${s.heading.slice(0, 30)}@${s.line}(${s.minutes ?? ''})`).join(' ; '));
  console.log('  objectives', plan.objectives.map((o) => o.text.slice(0, 60)), 'sc', plan.successCriteria.map((o) => o.text.slice(0, 60)));
  for (const s of plan.sessions ?? []) console.log('  session', s.title.slice(0, 60), s.line, s.endLine, s.subject, s.yearGroup, s.lessonMinutes, s.record, s.nextFocus?.map((n) => n.text), s.objectives.map((o) => o.text));
  if (plan.nextFocus) console.log('  next', plan.nextFocus.map((n) => n.text));
  if (plan.scheme) console.log('  scheme', plan.scheme, plan.lessons?.length);
}
