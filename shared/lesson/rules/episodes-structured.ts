import { defineRule } from '../../rule';
import { isInterventionPlan, isLessonPlan, lessonEpisodes, namesOf } from '../evidence';
import type { LessonPlan, PlanSection } from '../types';

/**
 * Pupils doing something that needs organising: a subject doing a task ("students will convert",
 * "they build"), or a task by its name (a lab, a practical, a worksheet, a game). "Ask which branch
 * the number should go down" around a demonstration is whole-class teaching, and prose about the
 * idea ("A binary search tree is an elegant way...") is background for the teacher: neither is asked.
 */
const PUPIL_WORK =
  /\b(?:(?:students|pupils|children|learners|they|teams?|groups?|each (?:student|pupil|child|group|team))\s(?:will\s|can\s|should\s|then\s|must\s)?(?:work on|complete|write|build|make|measure|investigate|carry out|try|practi[sc]e|create|draw|record|plot|calculate|solve|answer|code|program|play|sort|research|design|test|present|convert|use|read|find)\b|worksheets?\b|lab\b|practical|experiment|investigation|apparatus|tasks?\b|exercises?\b|game\b|races?\b|quiz\b)/i;

const bodyOf = (section: PlanSection) =>
  `${section.heading}\n${section.body.map((entry) => entry.text).join('\n')}`;

export const episodesStructured = defineRule<LessonPlan, 'fewEpisodes' | 'noOrganisation' | 'structured'>({
  id: 'lesson/episodes-structured',
  title: 'The lesson as a series of episodes',
  guidance: 'hqtl/episodes',
  severity: 'suggestion',
  messages: {
    fewEpisodes:
      'Could the lesson be broken into distinct episodes (for example starter, teaching, practice, plenary), each with its own approach and organisation?',
    noOrganisation:
      'How will pupils be organised during {episodes}: whole class, groups, pairs, individually or a guided group?',
    structured: 'The lesson runs as {count} distinct episodes, each with a stated organisation.',
  },
  check(plan) {
    // A tuition or intervention session is structured by its own sequence (lesson/intervention-sequence).
    if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
    const episodes = lessonEpisodes(plan);
    if (episodes.length < 2) {
      return [
        {
          messageId: 'fewEpisodes',
          where: { kind: 'plan', line: episodes[0]?.line ?? plan.objectives[0]?.line },
        },
      ];
    }
    const unorganised = episodes.filter((episode) => episode.organisation.length === 0);
    // Asked once, and only when most episodes do not say how pupils work: where most do, the rest
    // are usually plain from the plan, and listing them all reads as nitpicking. Only the episodes
    // where pupils do something are named: teacher-led talk and background notes are not organised.
    const tasks = unorganised.filter((episode) => PUPIL_WORK.test(bodyOf(episode).slice(0, 4000)));
    if (unorganised.length * 2 > episodes.length) {
      if (tasks.length === 0) return [];
      return [
        {
          messageId: 'noOrganisation',
          data: { episodes: namesOf(tasks.slice(0, 4)) },
          where: { kind: 'plan', line: tasks[0]!.line },
        },
      ];
    }
    return unorganised.length === 0 && episodes.length >= 3
      ? [
          {
            messageId: 'structured',
            severity: 'strength',
            data: { count: episodes.length },
            where: { kind: 'plan', line: episodes[0]!.line },
          },
        ]
      : [];
  },
});
