import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import { authApi, type Credentials, type Me, type PasswordChange, type UnitRef } from '@/api/auth.api.ts';
import { ApiError } from '@/api/apiError.ts';
import { readCsrfToken } from '@/api/csrfCookie.ts';
import { ADMIN_PERMISSIONS } from '@/access/corePermissionGroups.ts';
import { meetsRequirement, type PermissionRequirement } from '@/access/permissionRequirement.ts';
import { useModulesStore } from './modules.ts';
import { useTasksStore } from './tasks.ts';
import { useNotificationsStore } from './notifications.ts';
import { useProcessesStore } from './processes.ts';

/** The signed-in person: who they are, the unit they act for, what they may do. */
export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null);
  /** Whether GET /api/me has answered once (signed in or not). */
  const loaded = ref(false);
  /** Why the person is looking at the sign-in page: the server's word when a session ended. */
  const notice = ref<string | null>(null);
  let loading: Promise<Me | null> | null = null;

  const signedIn = computed(() => me.value !== null);
  const user = computed(() => me.value?.user ?? null);
  const mustChangePassword = computed(() => me.value?.user.mustChangePassword ?? false);
  const permissions = computed<ReadonlySet<string>>(() => new Set(me.value?.permissions ?? []));
  const isAdmin = computed(() => ADMIN_PERMISSIONS.some((p) => permissions.value.has(p)));
  const actingUnit = computed(() => me.value?.actingUnit ?? null);
  /** Regular accounts handle business (tasks, processes); the three administrators do not. */
  const isStaff = computed(() => me.value?.user.accountKind === 'regular');

  /** The units in which the person holds a post, the primary post's unit first. */
  const units = computed<UnitRef[]>(() => {
    const posts = [...(me.value?.posts ?? [])].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
    const seen = new Map<string, UnitRef>();
    for (const post of posts) if (!seen.has(post.unit.id)) seen.set(post.unit.id, post.unit);
    return [...seen.values()];
  });

  function can(requirement: PermissionRequirement | undefined): boolean {
    return meetsRequirement(permissions.value, requirement);
  }

  function signOutLocally(): void {
    me.value = null;
    loaded.value = true;
    useModulesStore().reset();
    useTasksStore().reset();
    useNotificationsStore().reset();
    useProcessesStore().reset();
  }

  /**
   * Asks the server once who is signed in; later calls answer from memory. Without the readable
   * cookie the server sets beside the session at sign-in there is no session to ask about, so the
   * sign-in page opens without a request that could only answer 401.
   */
  function ensureLoaded(): Promise<Me | null> {
    if (loaded.value) return Promise.resolve(me.value);
    if (!readCsrfToken()) {
      me.value = null;
      loaded.value = true;
      return Promise.resolve(null);
    }
    loading ??= authApi
      .me()
      .then((answer) => {
        me.value = answer;
        loaded.value = true;
        return answer;
      })
      .catch((err: unknown) => {
        me.value = null;
        if (err instanceof ApiError && err.status === 401) loaded.value = true;
        else notice.value = err instanceof Error ? err.message : String(err);
        return null;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  async function login(credentials: Credentials): Promise<Me> {
    const answer = await authApi.login(credentials);
    me.value = answer;
    loaded.value = true;
    notice.value = null;
    return answer;
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout();
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) throw err;
    }
    notice.value = null;
    signOutLocally();
  }

  async function switchUnit(unitId: string): Promise<void> {
    me.value = await authApi.switchActingUnit(unitId);
  }

  async function changePassword(change: PasswordChange): Promise<void> {
    await authApi.changePassword(change);
    if (me.value) me.value = { ...me.value, user: { ...me.value.user, mustChangePassword: false } };
  }

  /** The server no longer knows the session. Answers whether the person had been signed in. */
  function sessionEnded(error: ApiError): boolean {
    const wasSignedIn = me.value !== null;
    if (wasSignedIn) notice.value = error.message;
    signOutLocally();
    return wasSignedIn;
  }

  return {
    me,
    loaded,
    notice,
    signedIn,
    user,
    mustChangePassword,
    permissions,
    isAdmin,
    isStaff,
    actingUnit,
    units,
    can,
    ensureLoaded,
    login,
    logout,
    switchUnit,
    changePassword,
    sessionEnded,
  };
});
