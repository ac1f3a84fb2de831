import { defineWebModule } from '@/moduleKit';

/**
 * 签报 in the web desktop. It is carried by the generic process pages (start form, task page,
 * boxes), so the module adds one entry to the side menu: writing a new 签报.
 */
export default defineWebModule({
  name: 'general',
  menu: [
    {
      id: 'general.new',
      title: 'general.menu.new',
      icon: 'DocumentAdd',
      route: '/processes/general.approval/start',
      permission: 'general.approval.start',
      order: 30,
    },
  ],
  messages: {
    'zh-CN': { menu: { new: '写签报' } },
    en: { menu: { new: 'New request' } },
  },
});
