import { computed, onScopeDispose, ref, watch } from 'vue';
import { orgApi, type OrgUnit } from '@/api/org.api.ts';

const PAGE_SIZE = 30;
const PAUSE_MS = 250;

/**
 * Searching the whole organization by name, short name or code, on the server: typing pauses
 * briefly before asking, an answer to an older keyword is dropped, and further pages append.
 */
export function useUnitSearch() {
  const keyword = ref('');
  const results = ref<OrgUnit[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const searching = computed(() => keyword.value.trim().length > 0);
  const more = computed(() => results.value.length < total.value);
  let page = 1;
  let ticket = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function fetchPage(word: string, pageNo: number): Promise<void> {
    const mine = ++ticket;
    loading.value = true;
    error.value = null;
    try {
      const answer = await orgApi.searchUnits(word, pageNo, PAGE_SIZE);
      if (mine !== ticket) return;
      results.value = pageNo === 1 ? answer.items : [...results.value, ...answer.items];
      total.value = answer.total;
      page = pageNo;
    } catch (err) {
      if (mine !== ticket) return;
      error.value = err instanceof Error ? err.message : String(err);
    } finally {
      if (mine === ticket) loading.value = false;
    }
  }

  watch(keyword, (value) => {
    clearTimeout(timer);
    const word = value.trim();
    if (!word) {
      ticket += 1;
      results.value = [];
      total.value = 0;
      loading.value = false;
      error.value = null;
      return;
    }
    timer = setTimeout(() => void fetchPage(word, 1), PAUSE_MS);
  });
  onScopeDispose(() => clearTimeout(timer));

  const loadMore = () => (more.value && !loading.value ? fetchPage(keyword.value.trim(), page + 1) : Promise.resolve());
  const clear = () => {
    keyword.value = '';
  };

  return { keyword, results, total, loading, error, searching, more, loadMore, clear };
}
