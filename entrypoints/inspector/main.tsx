import { render } from 'preact';
import { InspectorApp } from '../../components/InspectorApp';
import '../../assets/base.css';
import '../../assets/app.css';
import '../../assets/pictures.css';

render(<InspectorApp />, document.getElementById('app')!);
