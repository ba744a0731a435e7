import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../assets/base.css';

render(<PopupApp />, document.getElementById('app')!);
