import { render } from 'preact';
import { Options } from '../../components/Options';
import '../../components/panel.css';

render(<Options />, document.getElementById('app')!);
