import type { UiLanguage } from '@crossgov/shared';
import { useMutation } from '@tanstack/react-query';
import { switchUiLanguage } from '../i18n/i18n.ts';
import { api, sessionQueryKey } from './api-client.ts';
import { ApiProblem, expectData } from './api-problem.ts';
import { queryClient } from './query-client.ts';
import { type Session, storeUser } from './session.ts';

async function saveProfileLanguage(language: UiLanguage, version: number): Promise<void> {
  storeUser(await expectData(api.PATCH('/api/me', { body: { language, version } })));
}

/**
 * Switches the interface language at once, remembers it in this browser and, for a signed-in person, in
 * their profile. A stale profile version (changed in another tab) is re-read and the change applied once more.
 */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  await switchUiLanguage(language);
  const user = queryClient.getQueryData<Session>(sessionQueryKey)?.user;
  if (!user || user.language === language) return;
  try {
    await saveProfileLanguage(language, user.version);
  } catch (error) {
    if (!(error instanceof ApiProblem) || error.status !== 409) throw error;
    const fresh = await expectData(api.GET('/api/me'));
    await saveProfileLanguage(language, fresh.version);
  }
}

export function useChooseLanguage() {
  return useMutation({ mutationFn: chooseLanguage });
}
