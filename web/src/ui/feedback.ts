import { ElMessage, ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';

/** Element Plus' toast and confirm services, with their styles (templates get theirs on demand). */
export { ElMessage as toast, ElMessageBox as messageBox };
