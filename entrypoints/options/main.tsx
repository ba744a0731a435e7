import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import '../../assets/base.css';
import '../../assets/app.css';

render(<OptionsApp />, document.getElementById('app')!);
