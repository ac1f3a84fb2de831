import { ref } from 'vue';
import { defineStore } from 'pinia';
import { documentsApi } from './documents.api.ts';

/** The documents desk's shared state: how many documents wait for the registrar's 签收. */
export const useDocumentsStore = defineStore('documents', () => {
  const toSign = ref(0);
  async function refreshToSign(): Promise<void> {
    toSign.value = (await documentsApi.list({ box: 'toSign', page: 1, pageSize: 1 })).total;
  }
  return { toSign, refreshToSign };
});
