/** bpmn-js' own styles and the step markers, loaded with the diagram only. */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './processDiagramMarkers.css';
