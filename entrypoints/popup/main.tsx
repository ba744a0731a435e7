import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../assets/base.css';
import '../../assets/app.css';

render(<PopupApp />, document.getElementById('app')!);
