import { defineRule } from '../../rule';
import { isInterventionPlan, isLessonPlan, lessonEpisodes, namesOf } from '../evidence';
import type { LessonPlan } from '../types';

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
    // are usually plain from the plan, and listing them all reads as nitpicking.
    if (unorganised.length * 2 > episodes.length) {
      return [
        {
          messageId: 'noOrganisation',
          data: { episodes: namesOf(unorganised.slice(0, 4)) },
          where: { kind: 'plan', line: unorganised[0]!.line },
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
