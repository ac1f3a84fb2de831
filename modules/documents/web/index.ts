import { defineWebModule } from '@/moduleKit';
import { documentsEn, documentsZhCN } from './documentsMessages.ts';
import { useDocumentsStore } from './documentsStore.ts';

/**
 * The documents module's screens on the web desktop: the documents desk, a document, its
 * incoming sheet, drafting. The steps of a document's processes are handled on the document's
 * page (发文) or the unit's incoming sheet (收文), wherever the desktop opens them from.
 */
export default defineWebModule({
  name: 'documents',
  routes: [
    {
      path: 'documents',
      name: 'documents',
      component: () => import('./DocumentsView.vue'),
      meta: { title: 'documents.menu.documents', permission: 'documents.document.read', staffOnly: true },
    },
    {
      path: 'documents/new',
      name: 'documents-draft',
      component: () => import('./DraftView.vue'),
      meta: { title: 'documents.draft.title', permission: 'documents.outgoing.draft', staffOnly: true },
    },
    {
      path: 'documents/incoming/paper',
      name: 'documents-paper',
      component: () => import('./PaperIncomingView.vue'),
      meta: { title: 'documents.paper.title', permission: 'documents.incoming.register', staffOnly: true },
    },
    {
      path: 'documents/incoming/:id',
      name: 'documents-incoming',
      component: () => import('./IncomingView.vue'),
      props: true,
      meta: { title: 'documents.incoming.title', permission: 'documents.document.read', staffOnly: true },
    },
    {
      path: 'documents/receiving-units',
      name: 'documents-receiving-units',
      component: () => import('./ReceivingUnitsView.vue'),
      meta: { title: 'documents.receiving.title', permission: 'documents.receiving.manage' },
    },
    {
      path: 'documents/:id',
      name: 'document',
      component: () => import('./DocumentView.vue'),
      props: true,
      meta: { title: 'documents.menu.documents', permission: 'documents.document.read', staffOnly: true },
    },
  ],
  menu: [
    {
      id: 'documents.desk',
      title: 'documents.menu.documents',
      icon: 'Document',
      route: { name: 'documents' },
      permission: 'documents.document.read',
      order: 20,
      badge: () => useDocumentsStore().toSign,
    },
    {
      id: 'documents.paperIncoming',
      title: 'documents.menu.paperIncoming',
      icon: 'DocumentAdd',
      route: { name: 'documents-paper' },
      permission: 'documents.incoming.register',
      order: 21,
    },
  ],
  adminMenu: [
    {
      id: 'documents.receivingUnits',
      title: 'documents.receiving.title',
      icon: 'Switch',
      route: { name: 'documents-receiving-units' },
      permission: 'documents.receiving.manage',
      order: 90,
    },
  ],
  widgets: [
    { id: 'documents.toSign', title: 'documents.widget.toSign', load: () => import('./ToSignWidget.vue'), permission: 'documents.receipt.sign', order: 30 },
  ],
  taskPages: [
    {
      processKey: 'documents.outgoing',
      route: (task) => (task.businessKey ? { name: 'document', params: { id: task.businessKey }, query: { task: task.taskId } } : null),
    },
    {
      processKey: 'documents.incoming',
      route: (task) => (task.businessKey ? { name: 'documents-incoming', params: { id: task.businessKey }, query: { task: task.taskId } } : null),
    },
  ],
  messages: { 'zh-CN': documentsZhCN, en: documentsEn },
});
