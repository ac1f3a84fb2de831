import { ElMessage, ElMessageBox, ElNotification } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import 'element-plus/es/components/notification/style/css';

/** Element Plus' toast, confirm and pop-up services, with their styles (templates get theirs on demand). */
export { ElMessage as toast, ElMessageBox as messageBox, ElNotification as notify };
