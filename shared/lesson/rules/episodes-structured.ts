import { defineRule } from '../../rule';
import { episodesOf, isInterventionPlan, isLessonPlan, namesOf } from '../evidence';
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
    if (!isLessonPlan(plan)) return [];
    const episodes = episodesOf(plan);
    if (episodes.length < 2) {
      return [
        {
          messageId: 'fewEpisodes',
          where: { kind: 'plan', line: episodes[0]?.line ?? plan.objectives[0]?.line },
        },
      ];
    }
    // A tuition or intervention session is one small group or one pupil throughout.
    if (isInterventionPlan(plan)) return [];
    const unorganised = episodes.filter((episode) => episode.organisation.length === 0);
    if (unorganised.length > 0) {
      // One prompt for all of them: a bare plan would otherwise get one per episode.
      return [
        {
          messageId: 'noOrganisation',
          data: { episodes: namesOf(unorganised) },
          where: { kind: 'plan', line: unorganised[0]!.line },
        },
      ];
    }
    return episodes.length >= 3
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
