/** bpmn-js' styles, the icon font of the modeler's palette and the designer's own marks. */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './designerMarkers.css';
