import { render } from 'preact';
import { InspectorApp } from '../../components/InspectorApp';
import { t, uiLanguage } from '../../lib/i18n';
import '../../assets/base.css';
import '../../assets/app.css';
import '../../assets/pictures.css';

// Static HTML cannot use browser.i18n: the title and the page language are set here.
document.documentElement.lang = uiLanguage();
document.title = t('page_title_inspector');
render(<InspectorApp />, document.getElementById('app')!);
